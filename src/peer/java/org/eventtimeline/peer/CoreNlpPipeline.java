package org.eventtimeline.peer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * Runs Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime and the numeric classifiers) over
 * paragraphs, one document a paragraph dated like ours, and counts tokens, entity mentions and TIMEX expressions.
 */
final class CoreNlpPipeline implements Contestant {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    private final StanfordCoreNLP pipeline;
    private final String docDate;
    private long tokens;
    private long sentences;
    private long mentions;
    private long timexes;

    CoreNlpPipeline(LocalDate referenceDate) {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        props.setProperty("ner.nthreads", "1");
        this.pipeline = new StanfordCoreNLP(props);
        this.docDate = referenceDate.toString();
    }

    /** The settings actually in force, as CoreNLP reports them, for the benchmark's header. */
    String settings() {
        Properties props = pipeline.getProperties();
        return String.format(Locale.ROOT, "annotators=%s ner.useSUTime=%s ner.applyNumericClassifiers=%s",
                props.getProperty("annotators"), props.getProperty("ner.useSUTime", "(default true)"),
                props.getProperty("ner.applyNumericClassifiers", "(default true)"));
    }

    @Override
    public String name() {
        return "CoreNLP";
    }

    @Override
    public long run(List<String> paragraphs) {
        long tokenCount = 0;
        long sentenceCount = 0;
        long mentionCount = 0;
        long timexCount = 0;
        for (String text : paragraphs) {
            Annotation document = new Annotation(text);
            document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
            pipeline.annotate(document);
            tokenCount += document.get(CoreAnnotations.TokensAnnotation.class).size();
            sentenceCount += document.get(CoreAnnotations.SentencesAnnotation.class).size();
            List<CoreMap> found = document.get(CoreAnnotations.MentionsAnnotation.class);
            if (found != null) {
                mentionCount += found.size();
                for (CoreMap mention : found) {
                    if (mention.get(TimeAnnotations.TimexAnnotation.class) != null) {
                        timexCount++;
                    }
                }
            }
        }
        tokens = tokenCount;
        sentences = sentenceCount;
        mentions = mentionCount;
        timexes = timexCount;
        return tokenCount + mentionCount;
    }

    /** Tokens CoreNLP's own tokenizer produced in the last run. */
    long lastTokens() {
        return tokens;
    }

    @Override
    public String describeLastRun() {
        return String.format(Locale.ROOT, "%,d CoreNLP tokens, %,d sentences, %,d entity mentions (%,d with a TIMEX)",
                tokens, sentences, mentions, timexes);
    }

    /** Prints the tokens of one paragraph with their NER tags and normalized values, to check SUTime is on. */
    void show(String text) {
        Annotation document = new Annotation(text);
        document.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        pipeline.annotate(document);
        StringBuilder line = new StringBuilder();
        for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
            String ner = token.ner();
            if (ner != null && !"O".equals(ner)) {
                String value = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                line.append(token.word()).append('/').append(ner);
                if (value != null) {
                    line.append('=').append(value);
                }
                line.append(' ');
            }
        }
        System.out.println("  sample paragraph: " + text);
        System.out.println("  CoreNLP entities: " + line.toString().trim());
    }
}
