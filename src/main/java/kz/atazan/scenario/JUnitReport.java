package kz.atazan.scenario;

import kz.atazan.model.Language;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A run as JUnit XML, the format every CI server reads: one test suite per scenario file, one test
 * case per check, and the files that could not be read as errors.
 */
public final class JUnitReport {

    private JUnitReport() {}

    public static String of(RunResult run) {
        return of(run, Language.EN);
    }

    /** The report with its messages in a language; names, files and lines stay as they are for the CI server. */
    public static String of(RunResult run, Language language) {
        Map<String, List<CheckResult>> byFile = new LinkedHashMap<>();
        run.results().forEach(r -> byFile.computeIfAbsent(r.file(), f -> new java.util.ArrayList<>()).add(r));
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "atazan");
            xml.writeAttribute("tests", String.valueOf(run.results().size() + run.errors().size()));
            xml.writeAttribute("failures", String.valueOf(run.failed()));
            xml.writeAttribute("errors", String.valueOf(run.errors().size()));
            for (Map.Entry<String, List<CheckResult>> file : byFile.entrySet()) {
                suite(xml, file.getKey(), file.getValue(), language);
            }
            if (!run.errors().isEmpty()) {
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", "input");
                xml.writeAttribute("tests", String.valueOf(run.errors().size()));
                xml.writeAttribute("errors", String.valueOf(run.errors().size()));
                for (InputError e : run.errors()) {
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", e.file());
                    xml.writeAttribute("name", e.file() + ":" + e.line());
                    xml.writeStartElement("error");
                    xml.writeAttribute("message", e.message().in(language));
                    xml.writeCharacters(e.in(language));
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void suite(XMLStreamWriter xml, String file, List<CheckResult> results, Language language) throws XMLStreamException {
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
        for (CheckResult r : results) {
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", file.replaceAll("\\.ya?ml$", "").replace('/', '.'));
            xml.writeAttribute("name", r.scenario().id() + " on " + r.check().date());
            xml.writeAttribute("file", file);
            xml.writeAttribute("line", String.valueOf(r.check().line()));
            if (!r.passed()) {
                xml.writeStartElement("failure");
                xml.writeAttribute("message", r.failure(kz.atazan.text.Words.in(language)));
                xml.writeCharacters(JudgmentText.action(r.judgment().action(), language) + "\n"
                        + String.join("\n", JudgmentText.reasons(r.judgment(), "", language)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
