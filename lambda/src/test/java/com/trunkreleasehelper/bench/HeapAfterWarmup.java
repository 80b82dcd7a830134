package com.trunkreleasehelper.bench;

/** Prints the heap in use after a warm-up of conversation turns and a full GC, in MiB. Run by scripts/bench. */
public final class HeapAfterWarmup {

    private static final int TURNS = 20_000;

    private HeapAfterWarmup() {
    }

    public static void main(String[] args) throws Exception {
        TurnBenchmark turns = new TurnBenchmark();
        turns.record();
        for (int i = 0; i < TURNS; i++) {
            turns.turn();
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("%.1f%n", (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0));
    }
}
