package org.isnad.ingestion.repository;

public enum ArticleStatus { RECEIVED, EXTRACTED, FAILED }
