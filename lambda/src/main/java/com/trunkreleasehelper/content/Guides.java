package com.trunkreleasehelper.content;

import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that decides which guide answers a request's locale, and the cache that loads each guide
 * once (the shared shape merged with the locale's words). Supported locales and the fallback for each language are data ({@code guide/locales.json}).
 */
public final class Guides {

    private static final String INDEX = "guide/locales.json";

    private final GuideLoader loader;
    private final List<String> supported;
    private final Map<String, String> languageDefaults;
    private final String fallback;
    private final Map<String, Guide> loaded = new ConcurrentHashMap<>();

    public Guides() {
        this.loader = new GuideLoader(GuideShape.read(ContentFile.resource(GuideShape.RESOURCE)));
        Map<String, Object> index = readIndex();
        this.supported = texts(Json.list(index, "supported"));
        Map<String, String> defaults = new HashMap<>();
        Json.object(index, "languageDefaults").forEach((language, locale) -> defaults.put(language, String.valueOf(locale)));
        this.languageDefaults = Map.copyOf(defaults);
        this.fallback = Json.text(index, "fallback");
    }

    private static List<String> texts(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
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
        Guide guide = loader.load(ContentFile.resource(GuideLoader.resourceName(locale)));
        if (!locale.equals(guide.locale())) {
            throw new InvalidGuideException(GuideLoader.resourceName(locale) + ": says it is \"" + guide.locale() + "\"");
        }
        return guide;
    }

    private static Map<String, Object> readIndex() {
        try (InputStream in = Guides.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new InvalidGuideException(INDEX + ": missing from the class path");
            }
            Map<String, Object> index = Json.object(Json.parse(in));
            boolean complete = index != null && Json.list(index, "supported") != null
                    && Json.object(index, "languageDefaults") != null && Json.text(index, "fallback") != null;
            if (!complete) {
                throw new InvalidGuideException(INDEX + ": needs \"supported\", \"languageDefaults\" and \"fallback\"");
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(INDEX + " cannot be read", e);
        }
    }
}
