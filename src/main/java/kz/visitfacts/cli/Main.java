package kz.visitfacts.cli;

/** Starts the program; everything else is in {@link Cli}, which returns the exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.getenv(), System.in, System.out, System.err).run(args));
    }
}
