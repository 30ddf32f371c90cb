package nl.meedoen.monitoring;

/**
 * Hides small numbers in figures that leave a municipality, so that nobody can be singled out.
 * <ul>
 *   <li>A count below 5 (0 included) is shown as {@code <5}.</li>
 *   <li>A column of municipalities adds up to the total shown below it. When exactly one cell of a column is
 *       {@code <5}, the total minus the others would give it away, so the smallest other cell of that column
 *       is hidden too, as {@code x}. Then only the sum of the two hidden cells is known: the small one could
 *       be anything from 0 to 4, or at worst turn out to be 0, which singles out nobody.</li>
 *   <li>A total below 5 is {@code <5} as well (then every cell above it is too).</li>
 *   <li>A count that anyone can tell is 0 (the seats and attendance of a municipality that held no session) is
 *       shown as 0: hiding it would protect nothing, and it must not count as the second hidden cell.</li>
 * </ul>
 * Rates and medians are hidden by {@link PublishedFigures} whenever a count they are made of is hidden,
 * so that a rate times a base shown cannot give a hidden count back.
 */
final class FiguresSuppression {

    static final int THRESHOLD = 5;
    static final String SMALL = "<5";
    static final String HIDDEN = "x";

    /** The cells as shown: {@code cells[row][column]}, and the totals per column. */
    record Shown(String[][] cells, String[] totals) {

        boolean visible(int row, int column) {
            return !isHidden(cells[row][column]);
        }

        boolean totalVisible(int column) {
            return !isHidden(totals[column]);
        }

        static boolean isHidden(String cell) {
            return SMALL.equals(cell) || HIDDEN.equals(cell);
        }
    }

    private FiguresSuppression() {
    }

    /**
     * {@code counts[row][column]}; {@code totals[column]} is the sum of that column; {@code knownZero[row][column]}
     * marks a cell that is 0 for a reason anyone can see.
     */
    static Shown hide(long[][] counts, long[] totals, boolean[][] knownZero) {
        int columns = totals.length;
        String[][] cells = new String[counts.length][columns];
        String[] shownTotals = new String[columns];
        for (int column = 0; column < columns; column++) {
            shownTotals[column] = text(totals[column]);
            int small = 0;
            for (int row = 0; row < counts.length; row++) {
                cells[row][column] = knownZero[row][column] ? "0" : text(counts[row][column]);
                if (SMALL.equals(cells[row][column])) {
                    small++;
                }
            }
            if (small == 1 && !SMALL.equals(shownTotals[column])) {
                hideSmallestOther(counts, cells, column);
            }
        }
        return new Shown(cells, shownTotals);
    }

    private static void hideSmallestOther(long[][] counts, String[][] cells, int column) {
        int smallest = -1;
        for (int row = 0; row < counts.length; row++) {
            boolean shown = !SMALL.equals(cells[row][column]) && !"0".equals(cells[row][column]);
            if (shown && (smallest < 0 || counts[row][column] < counts[smallest][column])) {
                smallest = row;
            }
        }
        if (smallest >= 0) {
            cells[smallest][column] = HIDDEN;
        }
    }

    private static String text(long count) {
        return count < THRESHOLD ? SMALL : Long.toString(count);
    }
}
