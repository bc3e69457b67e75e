package shop.user.account.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;
import shop.user.account.entity.Address;

/**
 * A shopper's address book: at most {@value #LIMIT} addresses, exactly one default while any
 * exist. Another shopper's address is "not found", never "forbidden".
 */
@ApplicationScoped
@Transactional
public class AddressBook {

    public static final int LIMIT = 20;

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    ShopClock clock;

    /** The fields a shopper gives for an address. */
    public record AddressDetails(String receiver, String phone, String province, String city, String district,
            String detail, boolean isDefault) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Address> list(String accountId) {
        return em.createNamedQuery(Address.OF_ACCOUNT, Address.class).setParameter("account", accountId).getResultList();
    }

    public Address add(String accountId, AddressDetails details) {
        // Serialises a shopper's concurrent additions, so the limit and the single default hold.
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        List<Address> existing = list(accountId);
        if (existing.size() >= LIMIT) {
            throw new ProblemException(ErrorCode.CONFLICT, "An address book holds at most " + LIMIT + " addresses.");
        }
        Address address = new Address(Ids.newId(), accountId, clock.now());
        describe(address, details);
        em.persist(address);
        makeDefaultIfAsked(existing, address, details.isDefault() || existing.isEmpty());
        return address;
    }

    public Address change(String accountId, String addressId, AddressDetails details) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Address address = own(accountId, addressId);
        describe(address, details);
        makeDefaultIfAsked(list(accountId), address, details.isDefault());
        return address;
    }

    public void remove(String accountId, String addressId) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Address address = own(accountId, addressId);
        em.remove(address);
        if (address.isDefault()) {
            list(accountId).stream().filter(a -> !a.id().equals(addressId)).findFirst().ifPresent(a -> a.markDefault(true));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Address own(String accountId, String addressId) {
        Address address = em.find(Address.class, addressId);
        if (address == null || !address.belongsTo(accountId)) {
            throw ProblemException.notFound("No such address.");
        }
        return address;
    }

    private static void describe(Address address, AddressDetails d) {
        address.describe(d.receiver(), d.phone(), d.province(), d.city(), d.district(), d.detail());
    }

    private static void makeDefaultIfAsked(List<Address> book, Address chosen, boolean asked) {
        if (!asked) {
            return;
        }
        book.forEach(a -> a.markDefault(false));
        chosen.markDefault(true);
    }
}
