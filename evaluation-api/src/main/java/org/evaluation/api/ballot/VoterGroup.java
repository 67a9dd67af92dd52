package org.evaluation.api.ballot;

/**
 * The groups whose votes are counted apart: leaders (领导), colleagues (同事) and, where the
 * candidates serve the public, service recipients (服务对象). Leaders and colleagues are listed by
 * name; service recipients are not, they receive tokens on paper.
 */
public enum VoterGroup {
    LEADERS, COLLEAGUES, SERVICE_RECIPIENTS;

    /** Whether the group's voters are people of the platform, listed by HR. */
    public boolean named() {
        return this != SERVICE_RECIPIENTS;
    }
}
