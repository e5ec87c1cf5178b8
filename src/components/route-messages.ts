// Words of the screens shown when an address leads nowhere: an id not on this device, an old address.
export const messages = {
  assessmentNotHere: 'This assessment is not on this device',
  workshopNotHere: 'This workshop is not on this device',
  notHereHelp:
    'It may have been deleted, or it was made in another browser or on another device. Fivefold keeps everything in the browser where it was entered: to bring it here, export it there as a file, then open the file on the start page here.',
  nothingToOpen: 'Nothing to open at this address',
  oldAddressAssessment:
    'This address comes from an earlier version of Fivefold, where it meant “the assessment open on this device”. No assessment has been opened on this device yet.',
  oldAddressWorkshop:
    'This address comes from an earlier version of Fivefold, where it meant “the workshop open on this device”. No workshop has been opened on this device yet.',
  toStart: 'Go to the start page',
} as const;
