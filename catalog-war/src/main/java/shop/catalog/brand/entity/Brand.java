package shop.catalog.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected Brand() {
    }

    public Brand(String id, String name, String nameEn, String logoUrl, String firstLetter) {
        this.id = id;
        this.name = name;
        this.nameEn = nameEn;
        this.logoUrl = logoUrl;
        this.firstLetter = firstLetter;
    }

    public String id() { return id; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public String logoUrl() { return logoUrl; }
    public String firstLetter() { return firstLetter; }
}
