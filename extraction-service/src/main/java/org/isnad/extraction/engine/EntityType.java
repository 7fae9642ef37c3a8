package org.isnad.extraction.engine;

public enum EntityType { PERSON, ORGANIZATION, LOCATION, DATE, QUANTITY }
