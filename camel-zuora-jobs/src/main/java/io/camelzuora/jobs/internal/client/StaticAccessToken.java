package io.camelzuora.jobs.internal.client;

/** A bearer token given by the user; it cannot be renewed, so a 401 fails the call. */
public final class StaticAccessToken implements AccessTokenSource {

    private final String token;

    public StaticAccessToken(String token) {
        this.token = token;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public boolean renew(String rejectedToken) {
        return false;
    }

    @Override
    public String toString() {
        return "StaticAccessToken[***]";
    }
}
