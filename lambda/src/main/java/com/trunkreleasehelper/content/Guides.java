package com.trunkreleasehelper.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides which guide answers a request's locale, and the cache that loads each guide
 * once. Supported locales and the fallback for each language are data ({@code guide/locales.json}).
 */
public final class Guides {

    private static final String INDEX = "guide/locales.json";

    private final GuideLoader loader;
    private final List<String> supported;
    private final Map<String, String> languageDefaults;
    private final String fallback;
    private final Map<String, Guide> loaded = new ConcurrentHashMap<>();

    public Guides(ObjectMapper mapper) {
        this.loader = new GuideLoader(mapper);
        JsonNode index = readIndex(mapper);
        this.supported = List.of(mapper.convertValue(index.get("supported"), String[].class));
        this.languageDefaults = Map.copyOf(mapper.convertValue(index.get("languageDefaults"),
                mapper.getTypeFactory().constructMapType(Map.class, String.class, String.class)));
        this.fallback = index.get("fallback").asText();
    }

    public List<String> supportedLocales() {
        return supported;
    }

    /** The guide for a request locale: exact match, else the language's default, else the fallback. */
    public Guide forLocale(String requested) {
        return loaded.computeIfAbsent(resolve(requested), this::load);
    }

    /** Which supported locale answers {@code requested} (null, empty and malformed included). */
    public String resolve(String requested) {
        if (requested == null) {
            return fallback;
        }
        for (String locale : supported) {
            if (locale.equalsIgnoreCase(requested.replace('_', '-'))) {
                return locale;
            }
        }
        int dash = requested.indexOf('-') < 0 ? requested.indexOf('_') : requested.indexOf('-');
        String language = (dash < 0 ? requested : requested.substring(0, dash)).toLowerCase(Locale.ROOT);
        return languageDefaults.getOrDefault(language, fallback);
    }

    private Guide load(String locale) {
        Guide guide = loader.loadResource(locale);
        if (!locale.equals(guide.locale())) {
            throw new InvalidGuideException(GuideLoader.resourceName(locale) + ": says it is \"" + guide.locale() + "\"");
        }
        return guide;
    }

    private static JsonNode readIndex(ObjectMapper mapper) {
        try (InputStream in = Guides.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new InvalidGuideException(INDEX + ": missing from the class path");
            }
            JsonNode index = mapper.readTree(in);
            for (String field : Set.of("supported", "languageDefaults", "fallback")) {
                if (!index.hasNonNull(field)) {
                    throw new InvalidGuideException(INDEX + ": \"" + field + "\" is missing");
                }
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX + " cannot be read", e);
        }
    }
}
