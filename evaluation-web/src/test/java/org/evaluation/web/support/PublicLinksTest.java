package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicLinksTest {

    private static final String TOKEN = "Ab-_Ab-_Ab-_Ab-_Ab-_Ab";

    @Test
    void aLinkNamesThePortOnlyWhenItIsNotTheUsualOne() {
        assertEquals("https://kaohe.example.gov.cn/vote.xhtml?token=" + TOKEN,
                PublicLinks.link("https", "kaohe.example.gov.cn", 443, "", PublicLinks.VOTE_PAGE, "token", TOKEN));
        assertEquals("http://kaohe.example.gov.cn/vote.xhtml?token=" + TOKEN,
                PublicLinks.link("http", "kaohe.example.gov.cn", 80, "", PublicLinks.VOTE_PAGE, "token", TOKEN));
        assertEquals("http://127.0.0.1:8080/evaluation/vote.xhtml?token=" + TOKEN,
                PublicLinks.link("http", "127.0.0.1", 8080, "/evaluation", PublicLinks.VOTE_PAGE, "token", TOKEN));
        assertEquals("https://host:80/vote.xhtml?token=" + TOKEN, PublicLinks.link("https", "host", 80, null, PublicLinks.VOTE_PAGE, "token", TOKEN));
    }

    @Test
    void aRatingLinkCarriesTheSignedTokenOfItsService() {
        assertEquals("https://kaohe.example.gov.cn/rate.xhtml?t=r1234.abc-_",
                PublicLinks.link("https", "kaohe.example.gov.cn", 443, "", PublicLinks.RATE_PAGE, "t", "r1234.abc-_"));
    }

    @Test
    void theTokenIsEncodedForTheAddress() {
        assertEquals("http://h:81/vote.xhtml?token=a%2Bb%3D", PublicLinks.link("http", "h", 81, "", PublicLinks.VOTE_PAGE, "token", "a+b="));
    }
}
