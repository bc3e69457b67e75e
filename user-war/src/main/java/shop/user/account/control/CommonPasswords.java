package shop.user.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords too common to accept (the top of leaked-password lists, {@code common-passwords.txt}
 * next to this class), compared without regard to letter case: they are the first an attacker
 * tries, lockout or not.
 */
public final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    public static boolean contains(String password) {
        return password != null && LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LIST.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/shop/user/account/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
