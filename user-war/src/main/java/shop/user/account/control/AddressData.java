package shop.user.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.platform.json.Jsons;
import shop.user.account.entity.Address;

/** The address book as personal data: exported as the owner sees it, erased row by row. */
@ApplicationScoped
public class AddressData implements PersonalData {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    AddressBook book;

    @Override
    public String part() {
        return "addresses";
    }

    @Override
    public JsonValue export(String accountId) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Address a : book.list(accountId)) {
            list.add(Jsons.createObjectBuilder()
                    .add("id", a.id())
                    .add("receiver", a.receiver())
                    .add("phone", a.phone())
                    .add("province", a.province())
                    .add("city", a.city())
                    .add("district", a.district())
                    .add("detail", a.detail())
                    .add("isDefault", a.isDefault()));
        }
        return list.build();
    }

    @Override
    public void erase(String accountId) {
        book.list(accountId).forEach(em::remove);
    }
}
