import { englishAddressWords } from '@lgds/core';
import { sharedEn } from '../../shared/messages/en';
import { type AddressLineKey, addressWords } from './address';

/** The standard lines of every address page, in English. */
const addressLines: Readonly<Record<AddressLineKey, string>> = {
  'line1.label': 'Address line 1',
  'line1.name': 'address line 1, typically the building and street',
  'line2.label': 'Address line 2 (optional)',
  'town.label': 'Town or city',
  'town.name': 'town or city',
  'postcode.label': 'Postcode',
  'postcode.name': 'postcode',
};

/** Every word of the moving home journey in English. Keys follow `<step>.<field>.<part>` (see @lgds/core). */
export const en = {
  ...sharedEn,
  // The find an address pages' words, for when the council has an address lookup.
  ...englishAddressWords,
  // The account number is optional here: someone who has lost their bill can still tell us they are moving.
  'account.title': 'What is your council tax account number? (optional)',
  'account.reference.label': 'What is your council tax account number? (optional)',
  'account.reference.hint':
    'It is {format}. You can find it on your council tax bill. Leave this blank if you do not know it.',

  'move.title': 'Are you moving into, out of or within our area?',
  'move.direction.label': 'Are you moving into, out of or within our area?',
  'move.direction.summary': 'Moving',
  'move.direction.name': 'whether you are moving into, out of or within our area',
  'move.direction.options.into': 'Into our area',
  'move.direction.options.into.hint': 'You are moving here from somewhere else',
  'move.direction.options.out-of': 'Out of our area',
  'move.direction.options.out-of.hint': 'You are leaving an address here to live somewhere else',
  'move.direction.options.within': 'Within our area',
  'move.direction.options.within.hint': 'You are moving from one address here to another',

  ...addressWords('oldAddress', addressLines, {
    title: 'What is the address you are moving from?',
    summary: 'Address you are moving from',
  }),
  ...addressWords('newAddress', addressLines, {
    title: 'What is the address you are moving to?',
    summary: 'Address you are moving to',
  }),
  ...addressWords('forwardingAddress', addressLines, {
    title: 'What is your forwarding address?',
    summary: 'Forwarding address',
  }),
  'forwardingAddress.body': 'We will send your final bill here. If you do not know it yet, leave this blank.',
  // Every line of a forwarding address may be left blank, as the page says.
  'forwardingAddress.line2.label': 'Address line 2',

  'moveInDate.title': 'What is your moving-in date?',
  'moveInDate.date.label': 'What is your moving-in date?',
  'moveInDate.date.hint':
    'The day you move into your new home. For example, {example}. It must be between {from} and {to}.',
  'moveInDate.date.summary': 'Moving-in date',
  'moveInDate.date.name': 'your moving-in date',

  'moveOutDate.title': 'What is your moving-out date?',
  'moveOutDate.date.label': 'What is your moving-out date?',
  'moveOutDate.date.hint':
    'The day you leave the home you are moving from. For example, {example}. It must be between {from} and {to}.',
  'moveOutDate.date.summary': 'Moving-out date',
  'moveOutDate.date.name': 'your moving-out date',

  'moveDates.title': 'When are you moving?',
  'moveDates.body': 'Both dates must be between {from} and {to}.',
  'moveDates.moveOut.label': 'Moving-out date',
  'moveDates.moveOut.hint': 'The day you leave the address you are moving from. For example, {example}.',
  'moveDates.moveOut.name': 'your moving-out date',
  'moveDates.moveIn.label': 'Moving-in date',
  'moveDates.moveIn.hint': 'The day you move into your new address. It can be the same day.',
  'moveDates.moveIn.name': 'your moving-in date',
  'moveDates.moveIn.error.beforeMoveOut': 'Your moving-in date must be the same as or after your moving-out date',

  'oldHome.title': 'Did you own or rent the home you are leaving?',
  'oldHome.tenure.label': 'Did you own or rent the home you are leaving?',
  'oldHome.tenure.summary': 'Home you are leaving',
  'oldHome.tenure.name': 'whether you owned or rented the home you are leaving',
  'oldHome.tenure.options.sold': 'I owned it and have sold it',
  'oldHome.tenure.options.sold.hint': 'Or the sale will complete soon',
  'oldHome.tenure.options.letting': 'I own it and am letting it to tenants',
  'oldHome.tenure.options.empty': 'I own it and it will be empty',
  'oldHome.tenure.options.empty.hint': 'For example, while it is for sale',
  'oldHome.tenure.options.tenant': 'I rented it',

  'sale.title': 'About the sale',
  'sale.buyer.label': 'Buyer’s full name',
  'sale.buyer.hint': 'If there is more than one buyer, give all their names',
  'sale.buyer.summary': 'Buyer',
  'sale.buyer.name': 'the buyer’s full name',
  'sale.completion.label': 'Completion date',
  'sale.completion.hint': 'The day the sale completed, or will complete. For example, {example}.',
  'sale.completion.summary': 'Sale completes',
  'sale.completion.name': 'the completion date',

  'solicitor.title': 'The buyer’s solicitor',
  'solicitor.body': 'Give their address, their phone number or both.',
  'solicitor.summary': 'Buyer’s solicitor',
  'solicitor.name.label': 'Solicitor or firm',
  'solicitor.name.name': 'the name of the buyer’s solicitor or firm',
  'solicitor.address.label': 'Address',
  'solicitor.address.name': 'the solicitor’s address',
  'solicitor.address.error.addressOrPhone': 'Enter the solicitor’s address or phone number',
  'solicitor.phone.label': 'Phone number',
  'solicitor.phone.name': 'the solicitor’s phone number',

  'letting.title': 'Your tenants',
  'letting.tenants.label': 'Tenants’ full names',
  'letting.tenants.hint': 'Write each name on a new line',
  'letting.tenants.summary': 'Tenants',
  'letting.tenants.name': 'your tenants’ full names',
  'letting.start.label': 'Date the tenancy starts',
  'letting.start.hint': 'It can be in the past. For example, {example}.',
  'letting.start.summary': 'Tenancy starts',
  'letting.start.name': 'the date the tenancy starts',

  'oldTenancy.title': 'When does your tenancy end?',
  'oldTenancy.end.label': 'When does your tenancy end?',
  'oldTenancy.end.hint': 'The last day of your tenancy agreement, which can be in the past. For example, {example}.',
  'oldTenancy.end.summary': 'Tenancy ends',
  'oldTenancy.end.name': 'the date your tenancy ends',

  'oldLandlord.title': 'Your landlord or letting agent',
  'oldLandlord.body': 'Give their address, their phone number or both.',
  'oldLandlord.summary': 'Landlord of the home you are leaving',
  'oldLandlord.name.label': 'Name',
  'oldLandlord.name.name': 'the name of your landlord or letting agent',
  'oldLandlord.address.label': 'Address',
  'oldLandlord.address.name': 'your landlord or letting agent’s address',
  'oldLandlord.address.error.addressOrPhone': 'Enter your landlord or letting agent’s address or phone number',
  'oldLandlord.phone.label': 'Phone number',
  'oldLandlord.phone.name': 'your landlord or letting agent’s phone number',

  'furnished.title': 'Will the home you are leaving still be furnished after you move out?',
  'furnished.furnished.label': 'Will the home you are leaving still be furnished after you move out?',
  'furnished.furnished.hint': 'Furnished means it has enough furniture for someone to live in it.',
  'furnished.furnished.summary': 'Still furnished',
  'furnished.furnished.name': 'whether the home you are leaving will still be furnished',
  'furnished.furnished.options.yes': 'Yes',
  'furnished.furnished.options.no': 'No',

  'oldResidents.title': 'Who was responsible for council tax at the home you are leaving?',
  'oldResidents.names.label': 'Who was responsible for council tax at the home you are leaving?',
  'oldResidents.names.hint':
    'Include yourself and anyone who owned or rented it with you. Write each full name on a new line.',
  'oldResidents.names.summary': 'Responsible for council tax',
  'oldResidents.names.name': 'the names of everyone who was responsible for council tax',

  'newHome.title': 'Will you own or rent your new home?',
  'newHome.tenure.label': 'Will you own or rent your new home?',
  'newHome.tenure.summary': 'Your new home',
  'newHome.tenure.name': 'whether you will own or rent your new home',
  'newHome.tenure.options.owner': 'I own it, or am buying it',
  'newHome.tenure.options.tenant': 'I rent it',

  'purchase.title': 'What is the completion date of your purchase?',
  'purchase.completion.label': 'What is the completion date of your purchase?',
  'purchase.completion.hint': 'It is usually the day you get the keys. For example, {example}.',
  'purchase.completion.summary': 'Purchase completes',
  'purchase.completion.name': 'the completion date of your purchase',

  'newTenancy.title': 'When does your tenancy start?',
  'newTenancy.start.label': 'When does your tenancy start?',
  'newTenancy.start.hint': 'The first day of your tenancy agreement. For example, {example}.',
  'newTenancy.start.summary': 'Tenancy starts',
  'newTenancy.start.name': 'the date your tenancy starts',

  'newLandlord.title': 'Your new landlord or letting agent',
  'newLandlord.body': 'Give their address, their phone number or both.',
  'newLandlord.summary': 'Landlord of your new home',
  'newLandlord.name.label': 'Name',
  'newLandlord.name.name': 'the name of your landlord or letting agent',
  'newLandlord.address.label': 'Address',
  'newLandlord.address.name': 'your landlord or letting agent’s address',
  'newLandlord.address.error.addressOrPhone': 'Enter your landlord or letting agent’s address or phone number',
  'newLandlord.phone.label': 'Phone number',
  'newLandlord.phone.name': 'your landlord or letting agent’s phone number',

  'newResidents.title': 'Who will be responsible for council tax at your new home?',
  'newResidents.names.label': 'Who will be responsible for council tax at your new home?',
  'newResidents.names.hint':
    'Include yourself, and anyone aged 18 or over who will own or rent it with you or is your husband, wife or ' +
    'partner. Write each full name on a new line.',
  'newResidents.names.summary': 'Responsible for council tax',
  'newResidents.names.name': 'the names of everyone who will be responsible for council tax',

  'confirmation.open': 'We will open a council tax account for your new home from {date}.',
  'confirmation.move': 'We will move your council tax account to your new home from {date}.',
  'confirmation.close': 'Your account will be closed from {date}.',
  'confirmation.stillResponsible':
    'You are still responsible for council tax at the home you are leaving while you own it and it is empty.',
  'confirmation.newBill': {
    one: 'We will send you a new bill within {count} working day.',
    other: 'We will send you a new bill within {count} working days.',
  },
  'confirmation.finalBill': {
    one: 'We will send you a final bill within {count} working day.',
    other: 'We will send you a final bill within {count} working days.',
  },
  'confirmation.finalBillTo': 'We will send it to this address: {address}.',
  'confirmation.finalBillByEmail': 'We will email it to {email}.',
  'confirmation.buyer': 'The buyer will be responsible for council tax at the home you are leaving from {date}.',
  'confirmation.tenants': 'Your tenants will be responsible for council tax at the home you are leaving from {date}.',
  'confirmation.landlord':
    'When your tenancy ends on {date}, your landlord will be responsible for council tax at the home you are ' +
    'leaving until someone else moves in.',
  'confirmation.contact': 'If anything changes, contact us at {contact}',
} as const;
