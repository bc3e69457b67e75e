package shop.catalog.category.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One node of the category tree; level 1 has no parent, products hang under level 3. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    private String id;

    @Column(name = "parent_id")
    private String parentId;

    private String name;

    @Column(name = "name_en")
    private String nameEn;

    private int level;

    @Column(name = "sort_order")
    private int sortOrder;

    private boolean enabled;

    /** The spec names its products' SKUs use, as a JSON array; empty when any are allowed. */
    @Column(name = "spec_names")
    private String specNames = "[]";

    @Version
    private long version;

    protected Category() {
    }

    public Category(String id, String parentId, String name, String nameEn, int level, int sortOrder) {
        this.id = id;
        this.parentId = parentId;
        this.name = name;
        this.nameEn = nameEn;
        this.level = level;
        this.sortOrder = sortOrder;
        this.enabled = true;
    }

    /** Renames or reorders the category, and shows or hides it (with everything under it) in the tree. */
    public void rewrite(String name, String nameEn, int sortOrder, boolean enabled) {
        this.name = name;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
        this.enabled = enabled;
    }

    /** Sets the spec names (颜色, 尺码, 存储…) SKUs listed here may use; an empty list allows any. */
    public void useSpecs(String specNamesJson) {
        this.specNames = specNamesJson;
    }

    public String id() { return id; }
    public String parentId() { return parentId; }
    public String name() { return name; }
    public String nameEn() { return nameEn; }
    public int level() { return level; }
    public int sortOrder() { return sortOrder; }
    public boolean enabled() { return enabled; }
    public long version() { return version; }
    public String specNamesJson() { return specNames; }
}
