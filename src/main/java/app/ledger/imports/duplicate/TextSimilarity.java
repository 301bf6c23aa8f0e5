package app.ledger.imports.duplicate;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a row's payee and description and an entry's name the same counterparty, as far as text tells:
 * folded (case, accents and punctuation ignored) they are equal, one contains the other, or at least half of
 * the words of the shorter one are in the longer one. Two texts both empty count as similar (amount and day
 * then decide); one empty and one not do not.
 */
public final class TextSimilarity {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_CONTAINED = 3;
    private static final int MIN_WORD = 2;

    private TextSimilarity() {
    }

    public static boolean similar(String payeeA, String descriptionA, String payeeB, String descriptionB) {
        String a = fold(join(payeeA, descriptionA));
        String b = fold(join(payeeB, descriptionB));
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= MIN_CONTAINED && (" " + longer + " ").contains(" " + shorter + " ")) {
            return true;
        }
        Set<String> small = words(shorter);
        Set<String> large = words(longer);
        if (small.size() > large.size()) {
            Set<String> swap = small;
            small = large;
            large = swap;
        }
        if (small.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String word : small) {
            if (large.contains(word)) {
                common++;
            }
        }
        return common > 0 && common * 2 >= small.size();
    }

    /** Lower case, accents off, every run of other characters than letters and digits one space. */
    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    private static Set<String> words(String folded) {
        Set<String> words = new HashSet<>();
        for (String word : folded.split(" ")) {
            if (word.length() >= MIN_WORD) {
                words.add(word);
            }
        }
        return words;
    }

    private static String join(String payee, String description) {
        if (payee == null || payee.isBlank()) {
            return description == null ? "" : description;
        }
        return description == null || description.isBlank() ? payee : payee + " " + description;
    }
}
