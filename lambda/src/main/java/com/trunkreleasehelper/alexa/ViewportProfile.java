package com.trunkreleasehelper.alexa;

import com.amazon.ask.model.interfaces.viewport.Mode;
import com.amazon.ask.model.interfaces.viewport.Shape;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Amazon's viewport profiles that this skill declares in its manifest ({@code supportedViewports} in
 * interaction-model/skill.json), each with its mode, shape and size ranges in dp as the manifest states
 * them (the ranges Amazon's apl-suggester gives each profile), and the layout it gets.
 */
enum ViewportProfile {
    HUB_ROUND_SMALL(Mode.HUB, Shape.ROUND, 100, 599, 100, 599, Layout.ROUND),
    HUB_LANDSCAPE_SMALL(Mode.HUB, Shape.RECTANGLE, 960, 1279, 100, 599, Layout.COMPACT),
    HUB_LANDSCAPE_MEDIUM(Mode.HUB, Shape.RECTANGLE, 960, 1279, 600, 959, Layout.WIDE),
    HUB_LANDSCAPE_LARGE(Mode.HUB, Shape.RECTANGLE, 1280, 1920, 600, 1279, Layout.WIDE),
    TV_LANDSCAPE_XLARGE(Mode.TV, Shape.RECTANGLE, 960, 960, 540, 540, Layout.TV);

    /** How the document arranges a step; its name is the datasource's {@code layout}. */
    enum Layout {
        ROUND, COMPACT, WIDE, TV;

        String datasourceValue() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    final Mode mode;
    final Shape shape;
    final int minWidth;
    final int maxWidth;
    final int minHeight;
    final int maxHeight;
    final Layout layout;

    ViewportProfile(Mode mode, Shape shape, int minWidth, int maxWidth, int minHeight, int maxHeight, Layout layout) {
        this.mode = mode;
        this.shape = shape;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.minHeight = minHeight;
        this.maxHeight = maxHeight;
        this.layout = layout;
    }

    /**
     * The profile the viewport falls in. A viewport in none of them (an Echo Show 15 in portrait, a phone,
     * a window of odd size) gets the nearest profile of its shape, preferring its own mode, so it is still
     * shown one of the layouts the skill declares.
     */
    static ViewportProfile of(DeviceViewport viewport) {
        Set<ViewportProfile> candidates = EnumSet.noneOf(ViewportProfile.class);
        for (ViewportProfile p : values()) {
            if (p.shape == viewport.shape()) {
                candidates.add(p);
            }
        }
        if (candidates.stream().anyMatch(p -> p.mode == viewport.mode())) {
            candidates.removeIf(p -> p.mode != viewport.mode());
        }
        return candidates.stream().min(Comparator.comparingInt(p -> p.distance(viewport))).orElseThrow();
    }

    /** How far, in dp, the viewport lies outside this profile's ranges (0 inside them). */
    private int distance(DeviceViewport viewport) {
        return outside(viewport.dpWidth(), minWidth, maxWidth) + outside(viewport.dpHeight(), minHeight, maxHeight);
    }

    private static int outside(int value, int min, int max) {
        return Math.max(0, Math.max(min - value, value - max));
    }
}
