package org.isnad.extraction.engine;

/** Who a claim rests on, in the order a fact-checker trusts them least to most explicitly named. */
public enum SourceType { NAMED_PERSON, OFFICIAL, OUTLET, ANONYMOUS, UNATTRIBUTED }
