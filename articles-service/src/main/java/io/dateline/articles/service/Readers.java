package io.dateline.articles.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.articles.ingest.SubmissionReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Makes the plain-Java input reader available for injection, with the application's JSON mapper. */
@ApplicationScoped
public class Readers {

    @Produces
    @ApplicationScoped
    SubmissionReader submissionReader(ObjectMapper json) {
        return new SubmissionReader(json);
    }
}
