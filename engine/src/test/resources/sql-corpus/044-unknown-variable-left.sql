select :nope, :'nope', :"nope";
