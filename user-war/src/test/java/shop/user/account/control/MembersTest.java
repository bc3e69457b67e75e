package shop.user.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A member search takes the text literally: LIKE's wildcards in it match only themselves. */
class MembersTest {

    @Test
    void like_wildcards_and_the_escape_character_are_escaped() {
        assertEquals("alice", Members.likeEscaped("alice"));
        assertEquals("!%!%", Members.likeEscaped("%%"));
        assertEquals("a!_b", Members.likeEscaped("a_b"));
        assertEquals("!!x!%", Members.likeEscaped("!x%"));
    }
}
