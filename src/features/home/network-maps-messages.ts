// Words of the start page's network map card (loaded with the card, after the first screen).
import { plural } from '../../i18n/plural';

export const mapCardMessages = {
  title: 'Network map',
  text: 'Map who is in your network, how they are tied, and what each member needs and offers. The map shows its diversity and weak points, suggests co-op-to-co-op matches, and puts its facts beside the questions.',
  open: 'Network map',
  size: (members: number, ties: number) => `${plural(members, { one: '# member', other: '# members' })}, ${plural(ties, { one: '# tie', other: '# ties' })}`,
  notMapped: 'Not mapped yet',
  newTitle: 'Map a network',
  nameLabel: 'Name of the network to map',
  nameHint: 'A network already on this device opens its own map.',
  nameRequired: 'Enter the network’s name.',
  start: 'Open its map',
  unnamed: 'Unnamed network',
};
