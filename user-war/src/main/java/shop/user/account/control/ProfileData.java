package shop.user.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.platform.json.Jsons;
import shop.platform.time.Ids;
import shop.platform.time.ShopClock;
import shop.user.account.entity.Account;

/**
 * The account itself as personal data: exported as the profile; erased by turning the row into
 * a tombstone (username freed, contact details gone, a password nobody knows, status DELETED),
 * because orders and events keep naming its id.
 */
@ApplicationScoped
public class ProfileData implements PersonalData {

    @PersistenceContext(unitName = "user")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    ShopClock clock;

    @Override
    public String part() {
        return "profile";
    }

    @Override
    public JsonValue export(String accountId) {
        Account a = em.find(Account.class, accountId);
        if (a == null) {
            return JsonValue.NULL;
        }
        JsonArrayBuilder roles = Jsons.createArrayBuilder();
        a.roles().forEach(roles::add);
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", a.id())
                .add("username", a.username())
                .add("level", a.level())
                .add("roles", roles)
                .add("status", a.status().name())
                .add("createdAt", a.createdAt().toString())
                .add("updatedAt", a.updatedAt().toString());
        json.add("nickname", a.nickname() == null ? JsonValue.NULL : Jsons.createValue(a.nickname()));
        json.add("email", a.email() == null ? JsonValue.NULL : Jsons.createValue(a.email()));
        json.add("phone", a.phone() == null ? JsonValue.NULL : Jsons.createValue(a.phone()));
        json.add("avatarUrl", a.avatarUrl() == null ? JsonValue.NULL : Jsons.createValue(a.avatarUrl()));
        json.add("gender", a.gender() == null ? JsonValue.NULL : Jsons.createValue(a.gender().name()));
        json.add("birthday", a.birthday() == null ? JsonValue.NULL : Jsons.createValue(a.birthday().toString()));
        return json.build();
    }

    @Override
    public void erase(String accountId) {
        Account a = em.find(Account.class, accountId);
        if (a != null) {
            a.erasePersonalData(passwords.hash("erased-" + Ids.newId() + Ids.newId()), clock.now());
        }
    }
}
