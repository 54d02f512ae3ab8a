// The retrieval stage: the CWEs, guidelines and examples the facets point to, plus matching team notes.
import { defineStage } from './defineStage';
import { facetsStage } from './facetsStage';
import { searchNotes } from '../feedback/searchNotes';
import { attachFeedbackNotes } from '../feedback/attachFeedbackNotes';

export const retrievalStage = defineStage({
  name: 'retrieval',
  needs: [facetsStage],
  async run({ facets }, ctx, ports) {
    const record = await ports.retrieve(facets, { k: ctx.config.topK });
    const notes = ports.feedback?.snapshot().notes ?? [];
    return notes.length ? attachFeedbackNotes(record, searchNotes(notes, facets)) : record;
  },
});
