package org.eventtimeline.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eventtimeline.domain.Place;
import org.eventtimeline.domain.PlaceKind;

/**
 * Reads the shipped gazetteer resources (places.tsv, demonyms.tsv, us-states.tsv, us-towns.tsv under /gazetteer, built by
 * scripts/build-gazetteer.sh) and produces a {@link Gazetteer}.
 */
final class GazetteerLoader {

    private static final String DIR = "/gazetteer/";

    private GazetteerLoader() {
    }

    static Gazetteer fromClasspath() {
        Map<String, Place> places = new LinkedHashMap<>(65_536);
        readTsv("places.tsv", f -> places.put(f[0],
                new Place(f.length > 4 && !f[4].isEmpty() ? f[4] : f[0], f[1], PlaceKind.valueOf(f[2]))));
        Map<String, String> demonyms = new HashMap<>(1024);
        readTsv("demonyms.tsv", f -> demonyms.put(f[0], f[1]));
        Map<String, String> states = new HashMap<>(256);
        readTsv("us-states.tsv", f -> {
            states.put(f[0], f[0]);
            states.put(f[1], f[0]);
            states.put(f[2], f[0]);
        });
        List<Map.Entry<String, String>> towns = new ArrayList<>(20_000);
        readTsv("us-towns.tsv", f -> towns.add(Map.entry(f[0], f[1])));
        return Gazetteer.ofNames(places, demonyms, states, towns);
    }

    /** Calls {@code row} with the tab-separated fields of each line after the header. */
    private static void readTsv(String name, Consumer<String[]> row) {
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + DIR + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
        }
    }
}
