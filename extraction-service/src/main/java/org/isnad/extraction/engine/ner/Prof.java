package org.isnad.extraction.engine.ner;
import java.util.*;
import java.lang.management.*;
public class Prof {
  public static void main(String[] a) throws Exception {
    ArabicNer ner = ArabicNer.loadDefault();
    NerModel m = ner.model();
    System.out.println("rows " + m.numFeatures() + " nnz " + m.nonZeroWeights() + " slots " + m.slots.length);
    List<List<String>> sents = new ArrayList<>();
    for (NerCorpus.Sentence s : NerCorpus.readAnercorp(java.nio.file.Path.of("/work/shared/data/anercorp/train.txt"))) { sents.add(s.tokenList()); if (sents.size() > 1500) break; }
    long ntok = sents.stream().mapToLong(List::size).sum();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<FeatureExtractor.Prepared> preps = new ArrayList<>();
    for (List<String> s : sents) preps.add(m.extractor.prepare(s));
    long[] buf = new long[FeatureExtractor.MAX_FEATURES];
    double bestP=1e9, bestF=1e9, bestE=1e9, bestV=1e9, bestS=1e9, bestAll=1e9;
    long sink=0, nfeat=0, hits=0;
    for (int rep = 0; rep < 8; rep++) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (List<String> s : sents) sink += m.extractor.prepare(s).n;
      long c1 = mx.getCurrentThreadCpuTime();
      nfeat = 0; hits = 0;
      for (FeatureExtractor.Prepared p : preps) for (int i = 0; i < p.n; i++) { int nf = m.extractor.features(p, i, buf); nfeat += nf; sink += buf[nf-1]; }
      long c2 = mx.getCurrentThreadCpuTime();
      List<float[]> ems = new ArrayList<>();
      for (FeatureExtractor.Prepared p : preps) ems.add(m.emissions(p));
      long c3 = mx.getCurrentThreadCpuTime();
      List<int[]> tags = new ArrayList<>();
      for (int k = 0; k < preps.size(); k++) tags.add(NerModel.viterbi(ems.get(k), preps.get(k).n, m.trans));
      long c4 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < preps.size(); k++) { int[][] sp = NerModel.spans(tags.get(k)); if (sp.length > 0) sink += NerModel.spanProbabilities(ems.get(k), preps.get(k).n, m.trans, m.temperature, sp).length; }
      long c5 = mx.getCurrentThreadCpuTime();
      for (List<String> s : sents) sink += ner.tag(s).size();
      long c6 = mx.getCurrentThreadCpuTime();
      bestP = Math.min(bestP, (c1-c0)/(double)ntok); bestF = Math.min(bestF, (c2-c1)/(double)ntok); bestE = Math.min(bestE, (c3-c2)/(double)ntok);
      bestV = Math.min(bestV, (c4-c3)/(double)ntok); bestS = Math.min(bestS, (c5-c4)/(double)ntok); bestAll = Math.min(bestAll, (c6-c5)/(double)ntok);
    }
    for (FeatureExtractor.Prepared p : preps) for (int i = 0; i < p.n; i++) { int nf = m.extractor.features(p, i, buf); for (int f=0;f<nf;f++) if (m.lookup(buf[f])!=0) hits++; }
    System.out.printf("best per-token ns: prepare %.0f features-only %.0f emissions(features+lookup) %.0f viterbi %.0f spanprob %.0f | full tag() %.0f => %.0f tok/s; feats/token %.1f hits/token %.1f (sink %d)%n", bestP, bestF, bestE, bestV, bestS, bestAll, 1e9/bestAll, nfeat/(double)ntok, hits/(double)ntok, sink);
  }
}
