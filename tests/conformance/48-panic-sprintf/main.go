// panic with a string built by fmt.Sprintf: the message is printed as is,
// after deferred functions run in LIFO order.
package main

import "fmt"

type Account struct {
	ID      int
	Balance int
	History []int
}

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic(fmt.Sprintf("account %d: insufficient funds: balance %d, withdraw %d (history %v)", a.ID, a.Balance, n, a.History))
	}
	a.Balance -= n
	a.History = append(a.History, -n)
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func main() {
	acc := &Account{ID: 7, Balance: 100}
	defer fmt.Println("first deferred (runs last)")
	defer fmt.Println("second deferred (runs first)")
	acc.Deposit(15)
	for _, amt := range []int{30, 50, 40} {
		fmt.Println("withdraw", amt)
		acc.Withdraw(amt)
		fmt.Println("balance", acc.Balance)
	}
}
