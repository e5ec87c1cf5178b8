// Words around the "From your network map" lines (the lines themselves are in network-map-words.ts).
export const mapEvidenceMessages = {
  cardTitle: 'From your network map',
  cardIntro: 'What your network map says about the questions it informs. Your answers stay your own judgement; update the map before each assessment.',
  openMap: 'Network map',
};
