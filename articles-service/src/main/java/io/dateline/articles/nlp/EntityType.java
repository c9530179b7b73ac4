package io.dateline.articles.nlp;

/** The kinds of entity the pipeline recognises. */
public enum EntityType { PERSON, ORGANIZATION, COUNTRY, LOCATION }
