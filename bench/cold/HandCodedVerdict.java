/**
 * The limit of a cold start: a bare JVM printing, as `atazan check` prints it, a verdict coded by
 * hand, with nothing to load or decide. bench/cold-start runs it beside `./atazan check`.
 */
public final class HandCodedVerdict {
    public static void main(String[] args) {
        System.out.println("president dismiss akim-of-district on 2023-05-01");
        System.out.println("verdict: unconstitutional");
    }
}
