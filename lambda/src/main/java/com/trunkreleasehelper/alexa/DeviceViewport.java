package com.trunkreleasehelper.alexa;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.interfaces.viewport.APLViewportState;
import com.amazon.ask.model.interfaces.viewport.Mode;
import com.amazon.ask.model.interfaces.viewport.Shape;
import com.amazon.ask.model.interfaces.viewport.TypedViewportState;
import com.amazon.ask.model.interfaces.viewport.ViewportState;
import com.amazon.ask.model.interfaces.viewport.apl.CurrentConfiguration;
import com.amazon.ask.model.interfaces.viewport.size.ContinuousViewportSize;
import com.amazon.ask.model.interfaces.viewport.size.DiscreteViewportSize;
import com.amazon.ask.model.interfaces.viewport.size.ViewportSize;

import java.math.BigDecimal;

/**
 * A device's screen as the viewport profiles measure it: mode, shape, and size in dp (display-independent
 * pixels, pixels at 160 dpi). Requests give pixels and dpi, so a Fire TV's 1920 by 1080 pixels at 320 dpi
 * is 960 by 540 dp, and an Echo Show 8's 1280 by 800 pixels at 213 dpi about 960 by 600.
 */
record DeviceViewport(Mode mode, Shape shape, int dpWidth, int dpHeight) {

    private static final int BASELINE_DPI = 160;

    /** Devices from before {@code mode} existed are hubs; a screen that is not round is a rectangle. */
    DeviceViewport {
        mode = mode == null ? Mode.HUB : mode;
        shape = shape == Shape.ROUND ? Shape.ROUND : Shape.RECTANGLE;
    }

    /**
     * From the first APL window in {@code context.Viewports} (what newer devices send), else from
     * {@code context.Viewport}; null when the request describes no screen size.
     */
    static DeviceViewport of(Context context) {
        if (context == null) {
            return null;
        }
        if (context.getViewports() != null) {
            for (TypedViewportState typed : context.getViewports()) {
                if (typed instanceof APLViewportState apl) {
                    DeviceViewport viewport = of(apl);
                    if (viewport != null) {
                        return viewport;
                    }
                }
            }
        }
        return context.getViewport() == null ? null : of(context.getViewport());
    }

    private static DeviceViewport of(APLViewportState apl) {
        CurrentConfiguration current = apl.getConfiguration() == null ? null : apl.getConfiguration().getCurrent();
        ViewportSize size = current == null ? null : current.getSize();
        Integer width = null;
        Integer height = null;
        if (size instanceof DiscreteViewportSize discrete) {
            width = discrete.getPixelWidth();
            height = discrete.getPixelHeight();
        } else if (size instanceof ContinuousViewportSize continuous) {
            // A resizable window: measured at the largest size it can take.
            width = continuous.getMaxPixelWidth();
            height = continuous.getMaxPixelHeight();
        }
        if (width == null || height == null) {
            return null;
        }
        return new DeviceViewport(current.getMode(), apl.getShape(), dp(width, apl.getDpi()), dp(height, apl.getDpi()));
    }

    private static DeviceViewport of(ViewportState viewport) {
        BigDecimal width = viewport.getCurrentPixelWidth() != null ? viewport.getCurrentPixelWidth() : viewport.getPixelWidth();
        BigDecimal height = viewport.getCurrentPixelHeight() != null ? viewport.getCurrentPixelHeight() : viewport.getPixelHeight();
        if (width == null || height == null) {
            return null;
        }
        return new DeviceViewport(viewport.getMode(), viewport.getShape(),
                dp(width.intValue(), viewport.getDpi()), dp(height.intValue(), viewport.getDpi()));
    }

    private static int dp(int pixels, BigDecimal dpi) {
        int density = dpi == null ? 0 : dpi.intValue();
        if (density <= 0) {
            density = BASELINE_DPI;
        }
        return (int) ((long) pixels * BASELINE_DPI / density);
    }
}
