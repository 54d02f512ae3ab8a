// Validated sources -> the compact, deterministic knowledge artefact (sorted entries, no
// timestamps) with the fitted embedder inside. Examples are sliced through `sliceExample`
// (kb build passes core/kbTools/sliceKnowledgeExamples; without it they ship unsliced).
import type { KbSources } from '../kb/KbSources';
import type { CweSource, ExampleSource } from '../kb/kbSourceSchema';
import {
  KB_FORMAT,
  KB_FORMAT_VERSION,
  type ArtefactCwe,
  type CodeViewData,
  type KnowledgeArtefact,
} from '../kb/knowledgeArtefactSchema';
import { canonicalJson } from '../kb/canonicalJson';
import { fitEmbedder, type FitOptions } from './fitEmbedder';
import { createEmbedder } from '../kb/Embedder';
import { precomputeKnowledge } from './precomputeKnowledge';
import { patternApis } from '../facets/patternApis';
import {
  advisoryText,
  cweCoreText,
  cweUsageText,
  exampleText,
  guidelineText,
  operationText,
  taskText,
} from '../kb/searchTexts';

/** Turns one example's two sides into code views (sliceKnowledgeExamples builds the real one). */
export type ExampleSlicer = (
  example: ExampleSource,
  cwe: CweSource,
) => { vulnerable: CodeViewData; fixed: CodeViewData };

export const unslicedExample: ExampleSlicer = (example) => ({
  vulnerable: { code: example.vulnerable, sliced: false },
  fixed: { code: example.fixed, sliced: false },
});

export interface BuildOptions {
  /** sha-256 (hex) of a string; injected so core stays free of Node and WebCrypto. */
  hash: (text: string) => string;
  sliceExample?: ExampleSlicer;
  embedder?: FitOptions;
}

export function cweNumber(id: string): number {
  return Number(id.replace(/^CWE-/, '')) || 0;
}

export function buildKnowledgeArtefact(sources: KbSources, options: BuildOptions): KnowledgeArtefact {
  const slice = options.sliceExample ?? unslicedExample;
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const cwes: ArtefactCwe[] = [...sources.cwes]
    .sort((a, b) => cweNumber(a.id) - cweNumber(b.id))
    .map((cwe) => ({
      id: cwe.id,
      name: cwe.name,
      description: cwe.description,
      cause: cwe.cause,
      languages: cwe.languages,
      operations: cwe.operations,
      related: cwe.related,
      markers: cwe.markers,
      guidelines: cwe.guidelines.map((g) => ({
        id: g.id,
        cwe: cwe.id,
        text: g.text,
        languages: g.languages,
        apis: g.apis,
      })),
      examples: cwe.examples.map((e) => {
        const views = slice(e, cwe);
        const example = {
          id: e.id,
          cwe: cwe.id,
          language: e.language,
          task: e.task,
          description: e.description,
          vulnerable: views.vulnerable,
          fixed: views.fixed,
          apis: patternApis(e.vulnerable),
        };
        return e.analyzerNote ? { ...example, analyzerNote: e.analyzerNote } : example;
      }),
    }));
  const operations = [...sources.operations].sort(byId);
  const tasks = [...sources.tasks].sort(byId);
  const advisories = [...sources.advisories].sort(byId);
  const corpus = [
    ...cwes.map((c) => `${cweCoreText(c)}\n${cweUsageText(c, advisories)}`),
    ...cwes.flatMap((c) => c.guidelines.map(guidelineText)),
    ...cwes.flatMap((c) => c.examples.map((e) => `${exampleText(e)}\n${e.fixed.code}`)),
    ...advisories.map(advisoryText),
    ...operations.map(operationText),
    ...tasks.map(taskText),
  ];
  const embedder = fitEmbedder(corpus, options.embedder);
  const base = {
    format: KB_FORMAT,
    formatVersion: KB_FORMAT_VERSION,
    operations,
    cwes,
    tasks,
    advisories,
    embedder,
    cweHierarchy: {
      ...sources.hierarchy,
      cwes: [...sources.hierarchy.cwes].sort((a, b) => cweNumber(a.id) - cweNumber(b.id)),
    },
  } as const;
  // Vectors, term lists and API counts are computed here once, so loading only decodes them.
  const body = { ...base, precomputed: precomputeKnowledge({ ...base, version: '' }, createEmbedder(embedder)) };
  const version = options.hash(canonicalJson(body)).slice(0, 12);
  return { ...body, version };
}
