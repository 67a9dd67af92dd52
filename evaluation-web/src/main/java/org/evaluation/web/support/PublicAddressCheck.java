package org.evaluation.web.support;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.logging.Logger;

/**
 * Says at start-up when {@code evaluation.public-url} is not set: the links and QR codes handed to
 * citizens then carry the server's own address, which is right on a demo machine and wrong behind
 * a balancer or a gateway.
 */
@WebListener
public class PublicAddressCheck implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PublicAddressCheck.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicLinks.configured().isEmpty()) {
            LOG.warning(() -> PublicLinks.PUBLIC_URL + " is not set: rating links, QR codes and the links in mails"
                    + " use this server's own address. Set it to the address citizens reach (README, Configuration).");
        }
    }
}
