package shop.user.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import shop.platform.json.Jsons;
import shop.user.account.control.PersonalData;
import shop.user.audit.entity.SecurityEvent;

/**
 * The security log as personal data: its owner's export lists the entries about the account
 * (sign-ins with their addresses, resets, role changes); erasure keeps the entries, which the
 * shop needs to show what happened to an account, but blanks the username as typed and the
 * client address.
 */
@ApplicationScoped
public class SecurityEventData implements PersonalData {

    @Inject
    SecurityLog log;

    @Override
    public String part() {
        return "securityEvents";
    }

    @Override
    public JsonValue export(String accountId) {
        JsonArrayBuilder events = Jsons.createArrayBuilder();
        for (SecurityEvent e : log.about(accountId)) {
            var entry = Jsons.createObjectBuilder().add("type", e.type().name()).add("occurredAt", e.occurredAt().toString());
            if (e.clientIp() != null) {
                entry.add("clientIp", e.clientIp());
            }
            if (e.detail() != null) {
                entry.add("detail", e.detail());
            }
            events.add(entry);
        }
        return events.build();
    }

    @Override
    public void erase(String accountId) {
        log.blankPersonalParts(accountId);
    }
}
