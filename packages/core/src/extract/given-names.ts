// Common given names of English-language news, with the gender they nearly always carry. Names borne by both
// (Alex, Chris, Jean, Kim, Leslie, Pat, Robin, Sam, Jordan, Taylor; Lee, Dale, Dana, Jamie, Kelly, Lynn, Terry, Tracy;
// Andrea and Nicola, men's names in Italy) are left out: a title or a pronoun then decides. The lists carry no
// counts by sex, so a name goes in only when one sex bears it nearly always in the news.
const MALE =
  'aaron adam adrian ahmed alan alastair albert alexander alfred ali alistair allan andrew andy angus anthony antonio arnold arthur barack barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brendan brett brian bruce bryan carl carlos charles charlie chuck clive colin craig damian daniel danny darren dave david dean denis dennis derek des dick dominic don donald doug douglas duncan ed eddie edward emmanuel eric ernest frank fred freddie frederick gary gavin geoff geoffrey george gerald gerry gordon graham greg gregory guy hank harold harry henry herbert hugh iain ian ivan jack jacob jake james jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin kieran larry lawrence len leo leon liam lloyd louis luke malcolm marco marcus mario mark martin matt matthew maurice max michael mick mike mitch mitt muhammad mohammed nathan neil nicholas nick nigel norman oliver owen patrick paul pete peter phil philip ralph raymond reg rex richard rick rob robert rod rodney roger ron ronald rory roy rudy russell ryan scott sean sergei seth shaun simon stanley stephen steve steven stuart ted theo thomas tim timothy tom tommy tony trevor vince vincent vladimir walter wayne william willie xavier zach'
const FEMALE =
  'abigail alice alison amanda amy angela angelina ann anna anne annie barbara betty beverly brenda caroline carol carolyn catherine charlotte cheryl christina christine claire clare cynthia daisy debbie deborah debra denise diana diane donna doris dorothy elaine eleanor elizabeth ellen emily emma erin esther eve evelyn fiona frances gillian gloria hannah harriet hazel heather helen hillary ingrid irene jacqueline jane janet janice jennifer jenny jessica jill joan joanna josephine joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kay kirsty laura lauren linda lisa liz lorraine louise lucy maggie marcia margaret maria marie marjorie martha mary maureen megan melanie melinda melissa michelle miriam monica nancy natalie nicole nora olivia pamela patricia patsy paula pauline penny rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon sheila shirley sophie stephanie sue susan suzanne tessa theresa tracey valerie victoria virginia wendy yvonne zoe'

const GENDER = new Map<string, 'male' | 'female'>([
  ...MALE.split(' ').map((name) => [name, 'male'] as const),
  ...FEMALE.split(' ').map((name) => [name, 'female'] as const),
])

/**
 * The gender a common given name carries, or undefined when the name is rare or borne by both.
 * @example givenNameGender('Margaret') // 'female'
 */
export function givenNameGender(name: string): 'male' | 'female' | undefined {
  return GENDER.get(name.toLowerCase())
}
