package shop.user.account.entity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One delivery address in a shopper's address book. */
@Entity
@Table(name = "address")
@NamedQuery(name = Address.OF_ACCOUNT, query = "SELECT a FROM Address a WHERE a.accountId = :account ORDER BY a.createdAt")
public class Address {

    public static final String OF_ACCOUNT = "Address.ofAccount";

    @Id
    private String id;

    @Column(name = "account_id")
    private String accountId;

    private String receiver;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String detail;

    @Column(name = "is_default")
    private boolean isDefault;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Address() {
    }

    public Address(String id, String accountId, OffsetDateTime now) {
        this.id = id;
        this.accountId = accountId;
        this.createdAt = now;
    }

    public void describe(String receiver, String phone, String province, String city, String district, String detail) {
        this.receiver = receiver;
        this.phone = phone;
        this.province = province;
        this.city = city;
        this.district = district;
        this.detail = detail;
    }

    public void markDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    public boolean belongsTo(String account) {
        return accountId.equals(account);
    }

    public String id() { return id; }
    public String receiver() { return receiver; }
    public String phone() { return phone; }
    public String province() { return province; }
    public String city() { return city; }
    public String district() { return district; }
    public String detail() { return detail; }
    public boolean isDefault() { return isDefault; }
}
