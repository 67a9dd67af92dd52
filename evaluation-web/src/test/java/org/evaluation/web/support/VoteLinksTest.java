package org.evaluation.web.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VoteLinksTest {

    private static final String TOKEN = "Ab-_Ab-_Ab-_Ab-_Ab-_Ab";

    @Test
    void aLinkNamesThePortOnlyWhenItIsNotTheUsualOne() {
        assertEquals("https://kaohe.example.gov.cn/vote.xhtml?token=" + TOKEN,
                VoteLinks.link("https", "kaohe.example.gov.cn", 443, "", TOKEN));
        assertEquals("http://kaohe.example.gov.cn/vote.xhtml?token=" + TOKEN,
                VoteLinks.link("http", "kaohe.example.gov.cn", 80, "", TOKEN));
        assertEquals("http://127.0.0.1:8080/evaluation/vote.xhtml?token=" + TOKEN,
                VoteLinks.link("http", "127.0.0.1", 8080, "/evaluation", TOKEN));
        assertEquals("https://host:80/vote.xhtml?token=" + TOKEN, VoteLinks.link("https", "host", 80, null, TOKEN));
    }

    @Test
    void theTokenIsEncodedForTheAddress() {
        assertEquals("http://h:81/vote.xhtml?token=a%2Bb%3D", VoteLinks.link("http", "h", 81, "", "a+b="));
    }
}
