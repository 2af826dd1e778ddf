package io.floorview.feed.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the feed: the server's certificate and key from a PKCS#12 keystore, and a console's trust in a
 * server whose certificate is not signed by a public authority (a PKCS#12 truststore holding it).
 */
public final class Tls {

    private Tls() {
    }

    /**
     * The server side: the key and certificate chain in {@code keystore}.
     *
     * @throws IllegalArgumentException with a message for the user when the file cannot be used
     */
    public static SSLContext server(Path keystore, char[] password) {
        try {
            KeyStore ks = load(keystore, password);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(ks, password);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf.getKeyManagers(), null, null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The console side: trust the certificates in {@code truststore} (besides nothing else). */
    public static SSLContext client(Path truststore, char[] password) {
        try {
            KeyStore ks = load(truststore, password);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the truststore " + truststore + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not a PKCS#12 keystore, or the password is wrong ("
                    + e.getMessage() + ")", e);
        }
        return ks;
    }
}
