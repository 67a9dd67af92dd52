package org.evaluation.ballot;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenTest {

    @Test
    void aTokenIs128RandomBitsInTwentyTwoUrlSafeCharacters() {
        Token token = Token.generate();
        assertEquals(22, token.value().length());
        assertTrue(token.value().matches("[A-Za-z0-9_-]{22}"), token.value());
        assertEquals(16, java.util.Base64.getUrlDecoder().decode(token.value()).length);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (Token t : Token.generate(2000)) {
            assertTrue(seen.add(t.value()), "a token came twice");
        }
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSha256OfTheToken() {
        Token token = Token.parse("AAAAAAAAAAAAAAAAAAAAAA").orElseThrow();
        // sha256 of the 22 ASCII characters "AAAAAAAAAAAAAAAAAAAAAA", computed outside Java
        assertEquals("8a5bdb4cc15164126c6ef2668de9dd240d299ce6397a42c95a9411b93d080ed8", token.hash());
        assertEquals(64, token.hash().length());
        assertTrue(token.hash().matches("[0-9a-f]{64}"));
        assertFalse(token.hash().contains(token.value()), "the hash does not carry the token");
        assertFalse(token.toString().contains(token.value()), "a token never reaches a log");
    }

    @Test
    void aTokenVerifiesAgainstItsOwnHashOnly() {
        Token one = Token.generate(new SecureRandom());
        Token other = Token.generate(new SecureRandom());
        assertTrue(one.matches(one.hash()));
        assertTrue(Token.parse(" " + one.value() + "\n").orElseThrow().matches(one.hash()),
                "taken again from a link or a slip, with blanks around it");
        assertFalse(one.matches(other.hash()));
        assertFalse(one.matches(null));
        assertFalse(one.matches(one.value()));
        assertNotEquals(one.hash(), other.hash());
    }

    @Test
    void textThatCannotBeATokenIsRefusedBeforeAnyLookup() {
        for (String text : List.of("", "   ", "short", "AAAAAAAAAAAAAAAAAAAAA", "AAAAAAAAAAAAAAAAAAAAAAA",
                "AAAAAAAAAAAAAAAAAAAA+/", "AAAAAAAAAAAAAAAAAAAA==", "' OR '1'='1' --       ")) {
            assertTrue(Token.parse(text).isEmpty(), text);
        }
        assertTrue(Token.parse(null).isEmpty());
        assertTrue(Token.parse("Ab-_Ab-_Ab-_Ab-_Ab-_Ab").isPresent());
    }
}
