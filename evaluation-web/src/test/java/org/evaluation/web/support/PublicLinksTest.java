package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicLinksTest {

    private static final String TOKEN = "Ab-_Ab-_Ab-_Ab-_Ab-_Ab";

    @Test
    void theServersOwnEndNamesThePortOnlyWhenItIsNotTheUsualOne() {
        assertEquals("https://10.1.2.3", PublicLinks.local("https", "10.1.2.3", 443, ""));
        assertEquals("http://10.1.2.3", PublicLinks.local("http", "10.1.2.3", 80, ""));
        assertEquals("http://127.0.0.1:8080/evaluation", PublicLinks.local("http", "127.0.0.1", 8080, "/evaluation"));
        assertEquals("https://10.1.2.3:80", PublicLinks.local("https", "10.1.2.3", 80, null));
        assertEquals("http://[0:0:0:0:0:0:0:1]:8080", PublicLinks.local("http", "0:0:0:0:0:0:0:1", 8080, ""));
    }

    @Test
    void aRatingLinkCarriesTheSignedTokenOfItsService() {
        assertEquals("https://kaohe.example.gov.cn/rate.xhtml?t=r1234.abc-_",
                PublicLinks.link("https://kaohe.example.gov.cn", PublicLinks.RATE_PAGE, "t", "r1234.abc-_"));
        assertEquals("https://kaohe.example.gov.cn/vote.xhtml?token=" + TOKEN,
                PublicLinks.link("https://kaohe.example.gov.cn", PublicLinks.VOTE_PAGE, "token", TOKEN));
    }

    @Test
    void theTokenIsEncodedForTheAddress() {
        assertEquals("http://h:81/vote.xhtml?token=a%2Bb%3D", PublicLinks.link("http://h:81", PublicLinks.VOTE_PAGE, "token", "a+b="));
    }
}
