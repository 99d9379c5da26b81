package org.eventtimeline.job;

/** Names of the timeline job's parameters. The identifying ones say which run an execution belongs to. */
public final class JobParameterNames {

    /** Absolute path of the input file or directory (identifying). */
    public static final String INPUT = "input";
    /** ISO reference date that relative dates resolve against (identifying). */
    public static final String REFERENCE_DATE = "referenceDate";
    /** Names, sizes and modification times of the input files: a changed input is a new run (identifying). */
    public static final String FINGERPRINT = "inputFingerprint";
    /** Where this run's reports go (not identifying: a rerun may write elsewhere). */
    public static final String OUTPUT_DIR = "outputDir";
    /** Key of this run's rows in the staging tables (derived from the identifying parameters). */
    public static final String RUN_KEY = "runKey";

    private JobParameterNames() {
    }
}
