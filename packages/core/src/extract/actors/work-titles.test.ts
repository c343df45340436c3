import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('works, prizes and things sold are no actors', () => {
  it.each([
    ['Viewers voted for State Of Heat as the best comedy, Ola Brisk said.', 'State Of Heat'],
    ['Kestrel Brisk was up against Rain In Velmar and The Long Tide for best film.', 'Rain In Velmar'],
    ['Ira Dole starred in Days Of Thunderfall, which opened on Friday.', 'Days Of Thunderfall'],
    ['Dan Ferro won best newcomer at the Velmar Music Awards on Sunday.', 'Velmar Music Awards'],
    ['Ferro collected two prizes at the Orlin Film Awards in London.', 'Orlin Film Awards'],
    ['The Dunmore Prize for fiction went to Cass Arno.', 'Dunmore Prize'],
    ['The Labour Party won the General Election in 2001.', 'General Election'],
    // A law's name ending in "Bill" or "Act".
    ['The government is seeking to amend the Children Bill, Ana Pell said.', 'Bill'],
    ['The Gambling Bill was cut, Ana Pell said.', 'Bill'],
    // A plan or an agreement named after a person or a place.
    ['Mr Tarrow called for a Dunmore Plan for the region.', 'Dunmore Plan'],
    ['Critics of the Orlin Doctrine, led by Ana Pell, spoke.', 'Orlin Doctrine'],
    ['The new PDA will go on sale in March, while PDAs from Orlin cost less.', 'PDA'],
    ['Sales of the new TX fell, and TXs now cost less, Ivo Lant said.', 'TX'],
    ['Sales of the new TX fell, and TXs now cost less, Ivo Lant said.', 'TXs'],
    ['Stars of films such as Tarrow and Dunmore Nights came to the party, Ana Pell said.', 'Dunmore Nights'],
    ['Games like Velgrim and Orlin Quest sold well, Ana Pell said.', 'Velgrim'],
    ['Games like Velgrim and Orlin Quest sold well, Ana Pell said.', 'Orlin Quest'],
    ["He played in comedies including Brisk Hour and Tam Vell's Velmar, Ana Pell said.", 'Brisk Hour'],
    ['The book Velmar Island won the prize, Ana Pell said.', 'Velmar Island'],
    ['The animation Orlin Tale took $80m, Ana Pell said.', 'Orlin Tale'],
    // An acronym after "a" or a possessive, ending its phrase: a thing of which there are many.
    ['Her new EP is out, and the EP sold well, Ana Pell said.', 'EP'],
    ['Ana Pell put a PDF of the plan online. The PDF was long.', 'PDF'],
    ['Velmar Telecom said its IPO was late. The IPO was in May.', 'IPO'],
    // The words of a treaty's or a charter's title after its noun.
    ['The ruling fell within the European Convention on Human Rights, Ana Pell said.', 'Human Rights'],
    ['Ana Pell said the Charter of Fundamental Freedoms was clear.', 'Fundamental Freedoms'],
    // The works a star is known for: "the star of", "starred in"; the verb after the list is the star's.
    ['The star of Grey Harbour and Tallow said the studios had lost their nerve.', 'Tallow'],
    ['Ana Pell starred in Tallow and Orlin Nights before she moved to London.', 'Orlin Nights'],
    // A show's name, a broadcast's title before its noun, the hits a band is known for.
    ['The Late Velmar Show ended when Ana Pell moved to radio.', 'Late Velmar Show'],
    ["Ana Pell told Radio Orlin's Good Day Velmar programme the fees were too high.", 'Good Day Velmar'],
    ['Fans asked for hits including Tallow Moon and Orlin Nights, Ana Pell said.', 'Tallow Moon'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    ['The Friends Of Velmar Park said the plan was wrong.', 'Friends Of Velmar Park'],
    ['The Department Of Velmar Affairs said rates would rise.', 'The Department Of Velmar Affairs'],
    ['Orlin Bank of Velmar said profits rose.', 'Orlin Bank of Velmar'],
    ['Jon A Pell said rates would rise.', 'Jon A Pell'],
    ['Ira Dole starred in Days Of Thunderfall, which opened on Friday.', 'Ira Dole'],
    ["He played in comedies including Brisk Hour and Tam Vell's Velmar, Ana Pell said.", 'Tam Vell'],
    ["He played in comedies including Brisk Hour and Tam Vell's Velmar, Ana Pell said.", 'Ana Pell'],
    ['Shows like Jerry Vell drew big audiences, Ana Pell said.', 'Jerry Vell'],
    // A modifier after "a", a phrase a function word breaks, "our": the body stays.
    ['A VTC spokesman said the VTC would not comment.', 'VTC'],
    ['Ana Pell paid a visit to UN headquarters. The UN said it was glad.', 'UN'],
    ['Ana Pell said our NHS is safe. The NHS said so too.', 'NHS'],
    ['Human Rights Watch said the law was wrong, Ana Pell said.', 'Human Rights Watch'],
    ["Ana Pell said it was an unwilling VTC at this point. VTC's plants are shut.", 'VTC'],
    ['Ana Pell made a VTC 3 film on the town. The VTC paid for it.', 'VTC'],
    ['Ana Pell spoke of its VTC and G8 presidencies. The VTC met in May.', 'VTC'],
    // A star's side, a place and a person named in full stay.
    ["Ana Pell, the star of Chelsea's win, said the team was ready.", 'Chelsea'],
    ['Ana Pell starred in Paris last year, the Velmar Theatre said.', 'Paris'],
    ['Ivo Lant, the star of Velmar, thanked Ana Pell and Tom Brisk.', 'Tom Brisk'],
    // A broadcaster's acronym and a host's full name before "programme" or "show" stay.
    ['Ana Pell told the VTC programme the fees were too high.', 'VTC'],
    ['Ana Pell told the Orlin Radio programme the fees were too high.', 'Orlin Radio'],
    ['Ana Pell appeared on the Tom Brisk show last night.', 'Tom Brisk'],
    // A club is a side, not a work.
    ['The star of Velmar Rovers said the club would win.', 'Velmar Rovers'],
    ['Ivo Lant, the star of Velmar Rovers, said the side was ready.', 'Velmar Rovers'],
  ])('%s: %s stays', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})
