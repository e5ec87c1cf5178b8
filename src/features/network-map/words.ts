// The map's facts worded in the reader's language (numbers through Intl), once for the feature.
import { mapWords } from '../../export/map-words';

export const words = mapWords();
