/**
 * Who pays whom is read from the verb's concept in the vocabulary (uncommon verbs included, with parties
 * described rather than named); where the engine cannot tell who pays whom, the facts about one direction
 * may confirm the sentence, never contradict it.
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('uncommon verbs of paying, parties described', () => {
  it.each([
    'The Redmond firm no longer hands Altman’s company any slice of its revenue.',
    'The Redmond firm no longer passes along a portion of its OpenAI revenue to the startup.',
    'The Windows maker no longer forwards a percentage of its OpenAI sales to the ChatGPT maker.',
    'The software giant no longer forks over a cut of its revenue to Altman’s startup.',
    'The ChatGPT developer no longer pockets a share of the Windows maker’s Azure revenue.',
    'Altman’s company still hands the Redmond firm a slice of its revenue until 2030.',
  ])('a true sentence stays corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Altman’s company no longer hands the Redmond firm any slice of its revenue.',
    'OpenAI no longer remits a portion of its revenue to Microsoft.',
  ])('the wrong way round is disputed: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each([
    'Microsoft and OpenAI no longer swap any slice of revenue.',
    'Microsoft and OpenAI no longer trade a percentage of their revenue.',
    'The Windows maker and the ChatGPT maker no longer exchange a cut of their sales.',
  ])('who pays whom unread: never disputed by one direction’s fact: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));
});
