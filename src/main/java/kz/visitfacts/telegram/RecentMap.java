package kz.visitfacts.telegram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map that forgets its least recently used entry past a size: per-chat and per-user state stays bounded. */
final class RecentMap {
    private RecentMap() {
    }

    static <K, V> Map<K, V> bounded(int max) {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        });
    }
}
