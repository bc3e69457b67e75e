package shop.catalog.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A brand products are sold under. */
@Entity
@Table(name = "brand")
public class Brand {

    @Id
    private String id;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "first_letter")
    private String firstLetter;

    @Version
    private long version;

    protected Brand() {
    }

    public Brand(String id, String name, String nameEn, String logoUrl, String firstLetter) {
        this.id = id;
        this.name = name;
        this.nameEn = nameEn;
        this.logoUrl = logoUrl;
        this.firstLetter = firstLetter;
    }

    public void rewrite(String name, String nameEn, String logoUrl, String firstLetter) {
        this.name = name;
        this.nameEn = nameEn;
        this.logoUrl = logoUrl;
        this.firstLetter = firstLetter;
    }

    /** The letter the brand wall files a brand under: given, else the first Latin letter of its names, else '#'. */
    public static String firstLetterOf(String given, String name, String nameEn) {
        for (String candidate : new String[] {given, nameEn, name}) {
            if (candidate != null && !candidate.isBlank()) {
                char first = Character.toUpperCase(candidate.strip().charAt(0));
                if (first >= 'A' && first <= 'Z') {
                    return String.valueOf(first);
                }
            }
        }
        return "#";
    }

    public String id() { return id; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public String logoUrl() { return logoUrl; }
    public String firstLetter() { return firstLetter; }
    public long version() { return version; }
}
