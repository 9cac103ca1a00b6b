package kz.visitfacts.facts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** A fact base folder that digests every file read through it, by name and content: the base's fingerprint. */
final class DigestingFolder implements FactFolder {
    private final FactFolder folder;
    private final MessageDigest digest;

    DigestingFolder(FactFolder folder) {
        this.folder = folder;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String name() {
        return folder.name();
    }

    @Override
    public boolean exists() {
        return folder.exists();
    }

    @Override
    public List<Item> list() throws IOException {
        return folder.list();
    }

    @Override
    public Optional<byte[]> read(String relative) throws IOException {
        Optional<byte[]> bytes = folder.read(relative);
        // Name and length first, so the same bytes split another way between files digest differently.
        synchronized (digest) {
            digest.update(relative.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(bytes.map(b -> (long) b.length).orElse(-1L)).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            bytes.ifPresent(digest::update);
        }
        return bytes;
    }

    /** The digest of every file read so far, in the order read. */
    String fingerprint() {
        synchronized (digest) {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
