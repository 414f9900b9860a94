// ServiceNow encoded queries: parsed once, then compiled to SQL (queries) or to a predicate (rule conditions).

export interface Term {
    field: string
    operator: string
    value: string
}

export interface EncodedQuery {
    /** AND of OR-groups: a^b^ORc is [[a], [b, c]]. */
    groups: Term[][]
    orderBy: { field: string; descending: boolean }[]
}

// Longest first, so ISNOTEMPTY wins over ISEMPTY and != over =.
const OPERATORS = [
    'ISNOTEMPTY',
    'ISEMPTY',
    'VALCHANGES',
    'CHANGESFROM',
    'CHANGESTO',
    'STARTSWITH',
    'ENDSWITH',
    'NOT LIKE',
    'NOT IN',
    'LIKE',
    'IN',
    '!=',
    '>=',
    '<=',
    '=',
    '>',
    '<',
]
const NO_VALUE = ['ISNOTEMPTY', 'ISEMPTY', 'VALCHANGES']
const FIELD = /^[a-z0-9_.]+/

export function parseTerm(text: string): Term {
    const field = FIELD.exec(text)
    if (!field) throw new Error('Invalid encoded query term: ' + text)
    const rest = text.slice(field[0].length)
    for (const operator of OPERATORS) {
        if (rest.startsWith(operator)) {
            const value = rest.slice(operator.length)
            if (NO_VALUE.indexOf(operator) >= 0 && value !== '') continue
            return { field: field[0], operator, value }
        }
    }
    throw new Error('Invalid encoded query operator in: ' + text)
}

export function parseEncodedQuery(query: string): EncodedQuery {
    const result: EncodedQuery = { groups: [], orderBy: [] }
    if (!query) return result
    for (const token of query.split('^')) {
        if (token === '' || token === 'EQ') continue
        if (token === 'NQ' || token.startsWith('NQ')) throw new Error('^NQ is not supported by the sandbox')
        if (token.startsWith('ORDERBYDESC')) result.orderBy.push({ field: token.slice(11), descending: true })
        else if (token.startsWith('ORDERBY')) result.orderBy.push({ field: token.slice(7), descending: false })
        else if (token.startsWith('OR') && result.groups.length > 0 && isOrToken(token)) {
            result.groups[result.groups.length - 1].push(parseTerm(token.slice(2)))
        } else result.groups.push([parseTerm(token)])
    }
    return result
}

// "ORDERBY..." is handled above; a field may itself start with "or" (e.g. "order"), so only treat
// "OR" + a parsable term as an OR condition when the token without it is a valid term.
function isOrToken(token: string): boolean {
    try {
        parseTerm(token.slice(2))
        return true
    } catch (_error) {
        return false
    }
}

export type Row = { [field: string]: string | null | undefined }

function isEmpty(value: string | null | undefined): boolean {
    return value === null || value === undefined || value === ''
}

function compare(left: string, right: string, numeric: boolean): number {
    if (numeric) return Number(left) - Number(right)
    return left < right ? -1 : left > right ? 1 : 0
}

/** Evaluates a term against a record (and, for change operators, its previous values). */
export function matchTerm(term: Term, row: Row, previous: Row | null, numeric: (field: string) => boolean): boolean {
    const value = row[term.field]
    const text = isEmpty(value) ? '' : String(value)
    const before = previous ? (isEmpty(previous[term.field]) ? '' : String(previous[term.field])) : ''
    const num = numeric(term.field)
    switch (term.operator) {
        case 'ISEMPTY':
            return text === ''
        case 'ISNOTEMPTY':
            return text !== ''
        case 'VALCHANGES':
            return text !== before
        case 'CHANGESTO':
            return text !== before && text === term.value
        case 'CHANGESFROM':
            return text !== before && before === term.value
        case '=':
            return text === term.value
        case '!=':
            return text !== term.value
        case 'IN':
            return term.value.split(',').indexOf(text) >= 0
        case 'NOT IN':
            return term.value.split(',').indexOf(text) < 0
        case 'LIKE':
            return text.toLowerCase().indexOf(term.value.toLowerCase()) >= 0
        case 'NOT LIKE':
            return text.toLowerCase().indexOf(term.value.toLowerCase()) < 0
        case 'STARTSWITH':
            return text.toLowerCase().startsWith(term.value.toLowerCase())
        case 'ENDSWITH':
            return text.toLowerCase().endsWith(term.value.toLowerCase())
        case '<':
            return text !== '' && compare(text, term.value, num) < 0
        case '<=':
            return text !== '' && compare(text, term.value, num) <= 0
        case '>':
            return text !== '' && compare(text, term.value, num) > 0
        case '>=':
            return text !== '' && compare(text, term.value, num) >= 0
    }
    throw new Error('Unsupported operator ' + term.operator)
}

export function matches(
    query: EncodedQuery,
    row: Row,
    previous: Row | null,
    numeric: (field: string) => boolean
): boolean {
    return query.groups.every((group) => group.some((term) => matchTerm(term, row, previous, numeric)))
}

/** SQL for a stored query; change operators have no meaning in a query and are refused. */
export function toSql(
    query: EncodedQuery,
    column: (field: string) => { sql: string; numeric: boolean }
): { where: string; params: string[]; orderBy: string } {
    const params: string[] = []
    const clauses = query.groups.map((group) => {
        const parts = group.map((term) => {
            const { sql, numeric } = column(term.field)
            const cast = numeric ? 'CAST(' + sql + ' AS REAL)' : sql
            const bind = (value: string) => {
                params.push(value)
                return numeric ? 'CAST(? AS REAL)' : '?'
            }
            switch (term.operator) {
                case 'ISEMPTY':
                    return '(' + sql + ' IS NULL OR ' + sql + " = '')"
                case 'ISNOTEMPTY':
                    return '(' + sql + ' IS NOT NULL AND ' + sql + " != '')"
                case '=':
                    if (term.value === '') return '(' + sql + ' IS NULL OR ' + sql + " = '')"
                    return sql + ' = ' + bind(term.value)
                case '!=':
                    // `!= ''` is "is not empty" (c_GlideElementScopedAPI.md, getGlideObject(): "both populated"),
                    // as matchTerm() reads it too.
                    if (term.value === '') return '(' + sql + ' IS NOT NULL AND ' + sql + " != '')"
                    return '(' + sql + ' IS NULL OR ' + sql + ' != ' + bind(term.value) + ')'
                case 'IN':
                case 'NOT IN': {
                    const values = term.value.split(',')
                    const list = values.map((v) => bind(v)).join(', ')
                    return term.operator === 'IN'
                        ? sql + ' IN (' + list + ')'
                        : '(' + sql + ' IS NULL OR ' + sql + ' NOT IN (' + list + '))'
                }
                case 'LIKE':
                    return sql + ' LIKE ' + bind('%' + term.value + '%')
                case 'NOT LIKE':
                    return '(' + sql + ' IS NULL OR ' + sql + ' NOT LIKE ' + bind('%' + term.value + '%') + ')'
                case 'STARTSWITH':
                    return sql + ' LIKE ' + bind(term.value + '%')
                case 'ENDSWITH':
                    return sql + ' LIKE ' + bind('%' + term.value)
                case '<':
                case '<=':
                case '>':
                case '>=':
                    return '(' + sql + " != '' AND " + cast + ' ' + term.operator + ' ' + bind(term.value) + ')'
            }
            throw new Error('Operator ' + term.operator + ' cannot be used in a query')
        })
        return '(' + parts.join(' OR ') + ')'
    })
    const orderBy = query.orderBy.map((o) => column(o.field).sql + (o.descending ? ' DESC' : ' ASC')).join(', ')
    return { where: clauses.length ? clauses.join(' AND ') : '1=1', params, orderBy }
}
